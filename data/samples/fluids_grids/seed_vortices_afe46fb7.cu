// Warp 1.19.0 cuda code for seed_vortices_afe46fb7.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// seed_vortices.py:24
static CUDA_CALLABLE wp::float32 sample_float_0(
    wp::array_t<wp::float32> var_f,
    wp::vec_t<2, wp::float32> var_p)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::shape_t var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def sample_float(f: wp.array2d[float], p: wp.vec2):                                    <L 25>
    // x = p[0]                                                                               <L 26>
    var_1 = wp::extract(var_p, var_0);
    // y = p[1]                                                                               <L 27>
    var_3 = wp::extract(var_p, var_2);
    // x = wp.clamp(x, 0.0, float(f.shape[0] - 1))                                            <L 29>
    var_5 = &(var_f.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_10 = wp::sub(var_7, var_9);
    var_11 = wp::float(var_10);
    var_12 = wp::clamp(var_1, var_4, var_11);
    // y = wp.clamp(y, 0.0, float(f.shape[1] - 1))                                            <L 30>
    var_14 = &(var_f.shape);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_19 = wp::sub(var_16, var_18);
    var_20 = wp::float(var_19);
    var_21 = wp::clamp(var_3, var_13, var_20);
    // return f[int(wp.round(x)), int(wp.round(y))]                                           <L 31>
    var_22 = wp::round(var_12);
    var_23 = wp::int(var_22);
    var_24 = wp::round(var_21);
    var_25 = wp::int(var_24);
    var_26 = wp::address(var_f, var_23, var_25);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    return var_27;
}


// seed_vortices.py:24
static CUDA_CALLABLE void adj_sample_float_0(
    wp::array_t<wp::float32> var_f,
    wp::vec_t<2, wp::float32> var_p,
    wp::array_t<wp::float32> & adj_f,
    wp::vec_t<2, wp::float32> & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::shape_t var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::shape_t* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::shape_t var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::int32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def sample_float(f: wp.array2d[float], p: wp.vec2):                                    <L 25>
    // x = p[0]                                                                               <L 26>
    var_1 = wp::extract(var_p, var_0);
    // y = p[1]                                                                               <L 27>
    var_3 = wp::extract(var_p, var_2);
    // x = wp.clamp(x, 0.0, float(f.shape[0] - 1))                                            <L 29>
    var_5 = &(var_f.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_10 = wp::sub(var_7, var_9);
    var_11 = wp::float(var_10);
    var_12 = wp::clamp(var_1, var_4, var_11);
    // y = wp.clamp(y, 0.0, float(f.shape[1] - 1))                                            <L 30>
    var_14 = &(var_f.shape);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_19 = wp::sub(var_16, var_18);
    var_20 = wp::float(var_19);
    var_21 = wp::clamp(var_3, var_13, var_20);
    // return f[int(wp.round(x)), int(wp.round(y))]                                           <L 31>
    var_22 = wp::round(var_12);
    var_23 = wp::int(var_22);
    var_24 = wp::round(var_21);
    var_25 = wp::int(var_24);
    var_26 = wp::address(var_f, var_23, var_25);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_27 += adj_ret;
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_f, var_23, var_25, adj_f, adj_23, adj_25, adj_26);
    // adj: return f[int(wp.round(x)), int(wp.round(y))]                                      <L 31>
    wp::adj_clamp(var_3, var_13, var_20, adj_3, adj_13, adj_20, adj_21);
    wp::adj_float(var_19, adj_19, adj_20);
    wp::adj_sub(var_16, var_18, adj_16, adj_18, adj_19);
    adj_f.shape = adj_14;
    // adj: y = wp.clamp(y, 0.0, float(f.shape[1] - 1))                                       <L 30>
    wp::adj_clamp(var_1, var_4, var_11, adj_1, adj_4, adj_11, adj_12);
    wp::adj_float(var_10, adj_10, adj_11);
    wp::adj_sub(var_7, var_9, adj_7, adj_9, adj_10);
    adj_f.shape = adj_5;
    // adj: x = wp.clamp(x, 0.0, float(f.shape[0] - 1))                                       <L 29>
    wp::adj_extract(var_p, var_2, adj_p, adj_2, adj_3);
    // adj: y = p[1]                                                                          <L 27>
    wp::adj_extract(var_p, var_0, adj_p, adj_0, adj_1);
    // adj: x = p[0]                                                                          <L 26>
    // adj: def sample_float(f: wp.array2d[float], p: wp.vec2):                               <L 25>
    return;
}



extern "C" __global__ void apply_forces_59571d91_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_density,
    wp::vec_t<2, wp::float32> var_gravity,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // forward
        // def apply_forces(                                                                      <L 12>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // vel = velocity_out[i, j]                                                               <L 19>
        var_2 = wp::address(var_velocity_out, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rho = density[i, j]                                                                    <L 20>
        var_5 = wp::address(var_density, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // velocity_out[i, j] = vel + time_step * (gravity * rho)                                 <L 21>
        var_8 = wp::mul(var_gravity, var_6);
        var_9 = wp::mul(var_time_step, var_8);
        var_10 = wp::add(var_3, var_9);
        wp::array_store(var_velocity_out, var_0, var_1, var_10);
    }
}



extern "C" __global__ void apply_forces_59571d91_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_density,
    wp::vec_t<2, wp::float32> var_gravity,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::array_t<wp::float32> adj_density,
    wp::vec_t<2, wp::float32> adj_gravity,
    wp::float32 adj_time_step,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        //---------
        // forward
        // def apply_forces(                                                                      <L 12>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // vel = velocity_out[i, j]                                                               <L 19>
        var_2 = wp::address(var_velocity_out, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rho = density[i, j]                                                                    <L 20>
        var_5 = wp::address(var_density, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // velocity_out[i, j] = vel + time_step * (gravity * rho)                                 <L 21>
        var_8 = wp::mul(var_gravity, var_6);
        var_9 = wp::mul(var_time_step, var_8);
        var_10 = wp::add(var_3, var_9);
        // wp::array_store(var_velocity_out, var_0, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_velocity_out, var_0, var_1, var_10, adj_velocity_out, adj_0, adj_1, adj_10);
        wp::adj_add(var_3, var_9, adj_3, adj_9, adj_10);
        wp::adj_mul(var_time_step, var_8, adj_time_step, adj_8, adj_9);
        wp::adj_mul(var_gravity, var_6, adj_gravity, adj_6, adj_8);
        // adj: velocity_out[i, j] = vel + time_step * (gravity * rho)                            <L 21>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_5);
        // adj: rho = density[i, j]                                                               <L 20>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_velocity_out, var_0, var_1, adj_velocity_out, adj_0, adj_1, adj_2);
        // adj: vel = velocity_out[i, j]                                                          <L 19>
        // adj: i, j = wp.tid()                                                                   <L 18>
        // adj: def apply_forces(                                                                 <L 12>
        continue;
    }
}



extern "C" __global__ void seed_vortices_82dec5d8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        //---------
        // forward
        // def seed_vortices(h: float, velocity_out: wp.array2d[wp.vec2]):                        <L 5>
        // i, j = wp.tid()                                                                        <L 7>
        builtin_tid2d(var_0, var_1);
        // velocity_out[i, j] = wp.vec2(wp.sin(float(i) * h) * wp.cos(float(j) * h), -wp.cos(float(i) * h) * wp.sin(float(j) * h))       <L 8>
        var_2 = wp::float(var_0);
        var_3 = wp::mul(var_2, var_h);
        var_4 = wp::sin(var_3);
        var_5 = wp::float(var_1);
        var_6 = wp::mul(var_5, var_h);
        var_7 = wp::cos(var_6);
        var_8 = wp::mul(var_4, var_7);
        var_9 = wp::float(var_0);
        var_10 = wp::mul(var_9, var_h);
        var_11 = wp::cos(var_10);
        var_12 = wp::neg(var_11);
        var_13 = wp::float(var_1);
        var_14 = wp::mul(var_13, var_h);
        var_15 = wp::sin(var_14);
        var_16 = wp::mul(var_12, var_15);
        var_17 = wp::vec_t<2, wp::float32>(var_8, var_16);
        wp::array_store(var_velocity_out, var_0, var_1, var_17);
    }
}



extern "C" __global__ void seed_vortices_82dec5d8_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::float32 adj_h,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        //---------
        // forward
        // def seed_vortices(h: float, velocity_out: wp.array2d[wp.vec2]):                        <L 5>
        // i, j = wp.tid()                                                                        <L 7>
        builtin_tid2d(var_0, var_1);
        // velocity_out[i, j] = wp.vec2(wp.sin(float(i) * h) * wp.cos(float(j) * h), -wp.cos(float(i) * h) * wp.sin(float(j) * h))       <L 8>
        var_2 = wp::float(var_0);
        var_3 = wp::mul(var_2, var_h);
        var_4 = wp::sin(var_3);
        var_5 = wp::float(var_1);
        var_6 = wp::mul(var_5, var_h);
        var_7 = wp::cos(var_6);
        var_8 = wp::mul(var_4, var_7);
        var_9 = wp::float(var_0);
        var_10 = wp::mul(var_9, var_h);
        var_11 = wp::cos(var_10);
        var_12 = wp::neg(var_11);
        var_13 = wp::float(var_1);
        var_14 = wp::mul(var_13, var_h);
        var_15 = wp::sin(var_14);
        var_16 = wp::mul(var_12, var_15);
        var_17 = wp::vec_t<2, wp::float32>(var_8, var_16);
        // wp::array_store(var_velocity_out, var_0, var_1, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_velocity_out, var_0, var_1, var_17, adj_velocity_out, adj_0, adj_1, adj_17);
        wp::adj_vec_t(var_8, var_16, adj_8, adj_16, adj_17);
        wp::adj_mul(var_12, var_15, adj_12, adj_15, adj_16);
        wp::adj_sin(var_14, adj_14, adj_15);
        wp::adj_mul(var_13, var_h, adj_13, adj_h, adj_14);
        wp::adj_float(var_1, adj_1, adj_13);
        wp::adj_neg(var_11, adj_11, adj_12);
        wp::adj_cos(var_10, adj_10, adj_11);
        wp::adj_mul(var_9, var_h, adj_9, adj_h, adj_10);
        wp::adj_float(var_0, adj_0, adj_9);
        wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
        wp::adj_cos(var_6, adj_6, adj_7);
        wp::adj_mul(var_5, var_h, adj_5, adj_h, adj_6);
        wp::adj_float(var_1, adj_1, adj_5);
        wp::adj_sin(var_3, adj_3, adj_4);
        wp::adj_mul(var_2, var_h, adj_2, adj_h, adj_3);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: velocity_out[i, j] = wp.vec2(wp.sin(float(i) * h) * wp.cos(float(j) * h), -wp.cos(float(i) * h) * wp.sin(float(j) * h))  <L 8>
        // adj: i, j = wp.tid()                                                                   <L 7>
        // adj: def seed_vortices(h: float, velocity_out: wp.array2d[wp.vec2]):                   <L 5>
        continue;
    }
}



extern "C" __global__ void integrate_84005615_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<2, wp::float32> var_gravity_vec,
    wp::float32 var_fade,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::array_t<wp::float32> var_rho)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::float32* var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def integrate(                                                                         <L 50>
        // i, j = wp.tid()                                                                        <L 57>
        builtin_tid2d(var_0, var_1);
        // f_g = gravity_vec * rho[i, j]                                                          <L 58>
        var_2 = wp::address(var_rho, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_gravity_vec, var_4);
        // velocity[i, j] = velocity[i, j] + time_step * f_g                                      <L 59>
        var_5 = wp::address(var_velocity, var_0, var_1);
        var_6 = wp::mul(var_time_step, var_3);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        wp::array_store(var_velocity, var_0, var_1, var_7);
        // rho[i, j] = rho[i, j] * (1.0 - fade * time_step)                                       <L 60>
        var_9 = wp::address(var_rho, var_0, var_1);
        var_11 = wp::mul(var_fade, var_time_step);
        var_12 = wp::sub(var_10, var_11);
        var_14 = wp::load(var_9);
        var_13 = wp::mul(var_14, var_12);
        wp::array_store(var_rho, var_0, var_1, var_13);
    }
}



extern "C" __global__ void integrate_84005615_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::vec_t<2, wp::float32> var_gravity_vec,
    wp::float32 var_fade,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::array_t<wp::float32> var_rho,
    wp::vec_t<2, wp::float32> adj_gravity_vec,
    wp::float32 adj_fade,
    wp::float32 adj_time_step,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity,
    wp::array_t<wp::float32> adj_rho)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::float32* var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def integrate(                                                                         <L 50>
        // i, j = wp.tid()                                                                        <L 57>
        builtin_tid2d(var_0, var_1);
        // f_g = gravity_vec * rho[i, j]                                                          <L 58>
        var_2 = wp::address(var_rho, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_gravity_vec, var_4);
        // velocity[i, j] = velocity[i, j] + time_step * f_g                                      <L 59>
        var_5 = wp::address(var_velocity, var_0, var_1);
        var_6 = wp::mul(var_time_step, var_3);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        // wp::array_store(var_velocity, var_0, var_1, var_7);
        // rho[i, j] = rho[i, j] * (1.0 - fade * time_step)                                       <L 60>
        var_9 = wp::address(var_rho, var_0, var_1);
        var_11 = wp::mul(var_fade, var_time_step);
        var_12 = wp::sub(var_10, var_11);
        var_14 = wp::load(var_9);
        var_13 = wp::mul(var_14, var_12);
        // wp::array_store(var_rho, var_0, var_1, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_rho, var_0, var_1, var_13, adj_rho, adj_0, adj_1, adj_13);
        wp::adj_mul(var_14, var_12, adj_9, adj_12, adj_13);
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_mul(var_fade, var_time_step, adj_fade, adj_time_step, adj_11);
        wp::adj_address(var_rho, var_0, var_1, adj_rho, adj_0, adj_1, adj_9);
        // adj: rho[i, j] = rho[i, j] * (1.0 - fade * time_step)                                  <L 60>
        wp::adj_array_store(var_velocity, var_0, var_1, var_7, adj_velocity, adj_0, adj_1, adj_7);
        wp::adj_add(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_mul(var_time_step, var_3, adj_time_step, adj_3, adj_6);
        wp::adj_address(var_velocity, var_0, var_1, adj_velocity, adj_0, adj_1, adj_5);
        // adj: velocity[i, j] = velocity[i, j] + time_step * f_g                                 <L 59>
        wp::adj_mul(var_gravity_vec, var_4, adj_gravity_vec, adj_2, adj_3);
        wp::adj_address(var_rho, var_0, var_1, adj_rho, adj_0, adj_1, adj_2);
        // adj: f_g = gravity_vec * rho[i, j]                                                     <L 58>
        // adj: i, j = wp.tid()                                                                   <L 57>
        // adj: def integrate(                                                                    <L 50>
        continue;
    }
}



extern "C" __global__ void semi_lagrangian_advect_f376ea26_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::array_t<wp::float32> var_density,
    wp::float32 var_time_step,
    wp::float32 var_h,
    wp::float32 var_decay,
    wp::array_t<wp::float32> var_density_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def semi_lagrangian_advect(                                                            <L 35>
        // i, j = wp.tid()                                                                        <L 43>
        builtin_tid2d(var_0, var_1);
        // inv_dx = 1.0 / h                                                                       <L 44>
        var_3 = wp::div(var_2, var_h);
        // p = wp.vec2(float(i), float(j)) - velocity_out[i, j] * (time_step * inv_dx)            <L 45>
        var_4 = wp::float(var_0);
        var_5 = wp::float(var_1);
        var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
        var_7 = wp::address(var_velocity_out, var_0, var_1);
        var_8 = wp::mul(var_time_step, var_3);
        var_10 = wp::load(var_7);
        var_9 = wp::mul(var_10, var_8);
        var_11 = wp::sub(var_6, var_9);
        // density_out[i, j] = sample_float(density, p) * wp.exp(-decay * time_step)              <L 46>
        var_12 = sample_float_0(var_density, var_11);
        var_13 = wp::neg(var_decay);
        var_14 = wp::mul(var_13, var_time_step);
        var_15 = wp::exp(var_14);
        var_16 = wp::mul(var_12, var_15);
        wp::array_store(var_density_out, var_0, var_1, var_16);
    }
}



extern "C" __global__ void semi_lagrangian_advect_f376ea26_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::array_t<wp::float32> var_density,
    wp::float32 var_time_step,
    wp::float32 var_h,
    wp::float32 var_decay,
    wp::array_t<wp::float32> var_density_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out,
    wp::array_t<wp::float32> adj_density,
    wp::float32 adj_time_step,
    wp::float32 adj_h,
    wp::float32 adj_decay,
    wp::array_t<wp::float32> adj_density_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def semi_lagrangian_advect(                                                            <L 35>
        // i, j = wp.tid()                                                                        <L 43>
        builtin_tid2d(var_0, var_1);
        // inv_dx = 1.0 / h                                                                       <L 44>
        var_3 = wp::div(var_2, var_h);
        // p = wp.vec2(float(i), float(j)) - velocity_out[i, j] * (time_step * inv_dx)            <L 45>
        var_4 = wp::float(var_0);
        var_5 = wp::float(var_1);
        var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
        var_7 = wp::address(var_velocity_out, var_0, var_1);
        var_8 = wp::mul(var_time_step, var_3);
        var_10 = wp::load(var_7);
        var_9 = wp::mul(var_10, var_8);
        var_11 = wp::sub(var_6, var_9);
        // density_out[i, j] = sample_float(density, p) * wp.exp(-decay * time_step)              <L 46>
        var_12 = sample_float_0(var_density, var_11);
        var_13 = wp::neg(var_decay);
        var_14 = wp::mul(var_13, var_time_step);
        var_15 = wp::exp(var_14);
        var_16 = wp::mul(var_12, var_15);
        // wp::array_store(var_density_out, var_0, var_1, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_density_out, var_0, var_1, var_16, adj_density_out, adj_0, adj_1, adj_16);
        wp::adj_mul(var_12, var_15, adj_12, adj_15, adj_16);
        wp::adj_exp(var_14, var_15, adj_14, adj_15);
        wp::adj_mul(var_13, var_time_step, adj_13, adj_time_step, adj_14);
        wp::adj_neg(var_decay, adj_decay, adj_13);
        adj_sample_float_0(var_density, var_11, adj_density, adj_11, adj_12);
        // adj: density_out[i, j] = sample_float(density, p) * wp.exp(-decay * time_step)         <L 46>
        wp::adj_sub(var_6, var_9, adj_6, adj_9, adj_11);
        wp::adj_mul(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_time_step, var_3, adj_time_step, adj_3, adj_8);
        wp::adj_address(var_velocity_out, var_0, var_1, adj_velocity_out, adj_0, adj_1, adj_7);
        wp::adj_vec_t(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_float(var_1, adj_1, adj_5);
        wp::adj_float(var_0, adj_0, adj_4);
        // adj: p = wp.vec2(float(i), float(j)) - velocity_out[i, j] * (time_step * inv_dx)       <L 45>
        wp::adj_div(var_2, var_h, var_3, adj_2, adj_h, adj_3);
        // adj: inv_dx = 1.0 / h                                                                  <L 44>
        // adj: i, j = wp.tid()                                                                   <L 43>
        // adj: def semi_lagrangian_advect(                                                       <L 35>
        continue;
    }
}

