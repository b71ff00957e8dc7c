// Warp 1.19.0 cuda code for semi_lagrangian_advect_3a770cde.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// semi_lagrangian_advect.py:4
static CUDA_CALLABLE wp::vec_t<2, wp::float32> lookup_vel_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
    wp::int32 var_x,
    wp::int32 var_y)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32>* var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    //---------
    // forward
    // def lookup_vel(f: wp.array2d[wp.vec2], x: int, y: int):                                <L 5>
    // if x < 0 or x >= f.shape[0] or y < 0 or y >= f.shape[1]:                               <L 7>
    var_2 = (var_x < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_3 = &(var_f.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = (var_x >= var_5);
        var_0 = var_0 || var_7;
    }
    if (!var_0) {
        var_9 = (var_y < var_8);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_f.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_y >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return wp.vec2()                                                                   <L 8>
        var_15 = wp::vec_t<2, wp::float32>();
        return var_15;
    }
    // return f[x, y]                                                                         <L 9>
    var_16 = wp::address(var_f, var_x, var_y);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// semi_lagrangian_advect.py:12
static CUDA_CALLABLE wp::vec_t<2, wp::float32> sample_vel_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def sample_vel(f: wp.array2d[wp.vec2], x: float, y: float):                            <L 13>
    // return lookup_vel(f, int(wp.round(x)), int(wp.round(y)))                               <L 14>
    var_0 = wp::round(var_x);
    var_1 = wp::int(var_0);
    var_2 = wp::round(var_y);
    var_3 = wp::int(var_2);
    var_4 = lookup_vel_0(var_f, var_1, var_3);
    return var_4;
}


// semi_lagrangian_advect.py:4
static CUDA_CALLABLE void adj_lookup_vel_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_f,
    wp::int32 & adj_x,
    wp::int32 & adj_y,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    const wp::int32 var_1 = 0;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    bool var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32>* var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    bool adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    //---------
    // forward
    // def lookup_vel(f: wp.array2d[wp.vec2], x: int, y: int):                                <L 5>
    // if x < 0 or x >= f.shape[0] or y < 0 or y >= f.shape[1]:                               <L 7>
    var_2 = (var_x < var_1);
    var_0 = var_2;
    if (!var_0) {
        var_3 = &(var_f.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = (var_x >= var_5);
        var_0 = var_0 || var_7;
    }
    if (!var_0) {
        var_9 = (var_y < var_8);
        var_0 = var_0 || var_9;
    }
    if (!var_0) {
        var_10 = &(var_f.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_14 = (var_y >= var_12);
        var_0 = var_0 || var_14;
    }
    if (var_0) {
        // return wp.vec2()                                                                   <L 8>
        var_15 = wp::vec_t<2, wp::float32>();
        goto label0;
    }
    // return f[x, y]                                                                         <L 9>
    var_16 = wp::address(var_f, var_x, var_y);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_17 += adj_ret;
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_f, var_x, var_y, adj_f, adj_x, adj_y, adj_16);
    // adj: return f[x, y]                                                                    <L 9>
    if (var_0) {
        label0:;
        adj_15 += adj_ret;
        // adj: return wp.vec2()                                                              <L 8>
    }
    if (!var_0) {
        adj_f.shape = adj_10;
    }
    if (!var_0) {
    }
    if (!var_0) {
        adj_f.shape = adj_3;
    }
    // adj: if x < 0 or x >= f.shape[0] or y < 0 or y >= f.shape[1]:                          <L 7>
    // adj: def lookup_vel(f: wp.array2d[wp.vec2], x: int, y: int):                           <L 5>
    return;
}


// semi_lagrangian_advect.py:12
static CUDA_CALLABLE void adj_sample_vel_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_f,
    wp::float32 var_x,
    wp::float32 var_y,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_f,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    //---------
    // forward
    // def sample_vel(f: wp.array2d[wp.vec2], x: float, y: float):                            <L 13>
    // return lookup_vel(f, int(wp.round(x)), int(wp.round(y)))                               <L 14>
    var_0 = wp::round(var_x);
    var_1 = wp::int(var_0);
    var_2 = wp::round(var_y);
    var_3 = wp::int(var_2);
    var_4 = lookup_vel_0(var_f, var_1, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    adj_lookup_vel_0(var_f, var_1, var_3, adj_f, adj_1, adj_3, adj_4);
    // adj: return lookup_vel(f, int(wp.round(x)), int(wp.round(y)))                          <L 14>
    // adj: def sample_vel(f: wp.array2d[wp.vec2], x: float, y: float):                       <L 13>
    return;
}



extern "C" __global__ void semi_lagrangian_advect_6f168352_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::float32 var_delta_time,
    wp::float32 var_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u1)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::vec_t<2, wp::float32> var_14;
        //---------
        // forward
        // def semi_lagrangian_advect(                                                            <L 18>
        // i, j = wp.tid()                                                                        <L 25>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec2(float(i), float(j)) - vel[i, j] * (delta_time / cell_size)                 <L 28>
        var_2 = wp::float(var_0);
        var_3 = wp::float(var_1);
        var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
        var_5 = wp::address(var_vel, var_0, var_1);
        var_6 = wp::div(var_delta_time, var_cell_size);
        var_8 = wp::load(var_5);
        var_7 = wp::mul(var_8, var_6);
        var_9 = wp::sub(var_4, var_7);
        // u1[i, j] = sample_vel(vel, p[0], p[1])                                                 <L 29>
        var_11 = wp::extract(var_9, var_10);
        var_13 = wp::extract(var_9, var_12);
        var_14 = sample_vel_0(var_vel, var_11, var_13);
        wp::array_store(var_u1, var_0, var_1, var_14);
}



extern "C" __global__ void semi_lagrangian_advect_6f168352_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::float32 var_delta_time,
    wp::float32 var_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u1,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel,
    wp::float32 adj_delta_time,
    wp::float32 adj_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u1)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::vec_t<2, wp::float32> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        //---------
        // forward
        // def semi_lagrangian_advect(                                                            <L 18>
        // i, j = wp.tid()                                                                        <L 25>
        builtin_tid2d(var_0, var_1);
        // p = wp.vec2(float(i), float(j)) - vel[i, j] * (delta_time / cell_size)                 <L 28>
        var_2 = wp::float(var_0);
        var_3 = wp::float(var_1);
        var_4 = wp::vec_t<2, wp::float32>(var_2, var_3);
        var_5 = wp::address(var_vel, var_0, var_1);
        var_6 = wp::div(var_delta_time, var_cell_size);
        var_8 = wp::load(var_5);
        var_7 = wp::mul(var_8, var_6);
        var_9 = wp::sub(var_4, var_7);
        // u1[i, j] = sample_vel(vel, p[0], p[1])                                                 <L 29>
        var_11 = wp::extract(var_9, var_10);
        var_13 = wp::extract(var_9, var_12);
        var_14 = sample_vel_0(var_vel, var_11, var_13);
        // wp::array_store(var_u1, var_0, var_1, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_u1, var_0, var_1, var_14, adj_u1, adj_0, adj_1, adj_14);
        adj_sample_vel_0(var_vel, var_11, var_13, adj_vel, adj_11, adj_13, adj_14);
        wp::adj_extract(var_9, var_12, adj_9, adj_12, adj_13);
        wp::adj_extract(var_9, var_10, adj_9, adj_10, adj_11);
        // adj: u1[i, j] = sample_vel(vel, p[0], p[1])                                            <L 29>
        wp::adj_sub(var_4, var_7, adj_4, adj_7, adj_9);
        wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_div(var_delta_time, var_cell_size, var_6, adj_delta_time, adj_cell_size, adj_6);
        wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_5);
        wp::adj_vec_t(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_1, adj_1, adj_3);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: p = wp.vec2(float(i), float(j)) - vel[i, j] * (delta_time / cell_size)            <L 28>
        // adj: i, j = wp.tid()                                                                   <L 25>
        // adj: def semi_lagrangian_advect(                                                       <L 18>
        return;
}

