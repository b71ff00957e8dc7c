// Warp 1.19.0 cuda code for grid_update_296e42a3.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// grid_update.py:10
static CUDA_CALLABLE wp::vec_t<3, wp::float32> project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 11>
    // vn = wp.dot(v, n)                                                                      <L 12>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 13>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 15>
        return var_v;
    }
    // vt = v - n * vn                                                                        <L 16>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 17>
    return var_4;
}


// grid_update.py:10
static CUDA_CALLABLE void adj_project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 11>
    // vn = wp.dot(v, n)                                                                      <L 12>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 13>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 15>
        goto label0;
    }
    // vt = v - n * vn                                                                        <L 16>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 17>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    // adj: return vt                                                                         <L 17>
    wp::adj_sub(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_3);
    // adj: vt = v - n * vn                                                                   <L 16>
    if (var_2) {
        label0:;
        adj_v += adj_ret;
        // adj: return v                                                                      <L 15>
    }
    // adj: if vn >= 0.0:                                                                     <L 13>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 12>
    // adj: def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                              <L 11>
    return;
}



extern "C" __global__ void grid_update_2437dd29_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_grid_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv,
    wp::array_t<wp::int32> var_grid_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_delta_time,
    wp::int32 var_padding,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v)
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
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        bool var_19;
        const wp::float32 var_20 = 0.0;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 2;
        bool var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 0;
        wp::int32 var_33;
        wp::shape_t var_34;
        wp::shape_t* var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::shape_t var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        wp::shape_t var_42;
        bool var_43;
        bool var_44;
        bool var_45;
        bool var_46;
        wp::int32 var_47;
        bool var_48;
        wp::int32 var_49;
        bool var_50;
        wp::int32 var_51;
        bool var_52;
        const wp::float32 var_53 = 0.0;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        //---------
        // forward
        // def grid_update(                                                                       <L 21>
        // i, j, k = wp.tid()                                                                     <L 32>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_m[i, j, k]                                                                    <L 33>
        var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 34>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // grid_v[i, j, k] = wp.vec3(0.0)                                                     <L 35>
            var_9 = wp::vec_t<3, wp::float32>(var_8);
            wp::array_store(var_grid_v, var_0, var_1, var_2, var_9);
            // return                                                                             <L 36>
            continue;
        }
        // v = grid_mv[i, j, k] / m + gravity * delta_time                                        <L 37>
        var_10 = wp::address(var_grid_mv, var_0, var_1, var_2);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_4);
        var_13 = wp::mul(var_gravity, var_delta_time);
        var_14 = wp::add(var_11, var_13);
        // cell = grid_flags[i, j, k]                                                             <L 38>
        var_15 = wp::address(var_grid_flags, var_0, var_1, var_2);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if cell == CellType.SOLID:                                                             <L 39>
        var_19 = (var_16 == var_18);
        if (var_19) {
            // v = wp.vec3(0.0)                                                                   <L 40>
            var_21 = wp::vec_t<3, wp::float32>(var_20);
        }
        if (!var_19) {
            // elif cell == CellType.SLIP:                                                        <L 41>
            var_23 = (var_16 == var_22);
            if (var_23) {
                // v = project_slip(v, normals[i, j, k])                                          <L 42>
                var_24 = wp::address(var_normals, var_0, var_1, var_2);
                var_26 = wp::load(var_24);
                var_25 = project_slip_0(var_14, var_26);
            }
            if (!var_23) {
                // elif cell != CellType.FREE:                                                    <L 43>
                var_28 = (var_16 != var_27);
                if (var_28) {
                    // return                                                                     <L 44>
                    continue;
                }
            }
            var_29 = wp::where(var_23, var_25, var_14);
        }
        var_30 = wp::where(var_19, var_21, var_29);
        // nx = grid_m.shape[0]                                                                   <L 47>
        var_31 = &(var_grid_m.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        // ny = grid_m.shape[1]                                                                   <L 48>
        var_35 = &(var_grid_m.shape);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        // nz = grid_m.shape[2]                                                                   <L 49>
        var_39 = &(var_grid_m.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        // if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:       <L 50>
        var_44 = (var_0 < var_padding);
        var_43 = var_44;
        if (!var_43) {
            var_45 = (var_1 < var_padding);
            var_43 = var_43 || var_45;
        }
        if (!var_43) {
            var_46 = (var_2 < var_padding);
            var_43 = var_43 || var_46;
        }
        if (!var_43) {
            var_47 = wp::sub(var_33, var_padding);
            var_48 = (var_0 >= var_47);
            var_43 = var_43 || var_48;
        }
        if (!var_43) {
            var_49 = wp::sub(var_37, var_padding);
            var_50 = (var_1 >= var_49);
            var_43 = var_43 || var_50;
        }
        if (!var_43) {
            var_51 = wp::sub(var_41, var_padding);
            var_52 = (var_2 >= var_51);
            var_43 = var_43 || var_52;
        }
        if (var_43) {
            // v = wp.vec3(0.0)                                                                   <L 51>
            var_54 = wp::vec_t<3, wp::float32>(var_53);
        }
        var_55 = wp::where(var_43, var_54, var_30);
        // grid_v[i, j, k] = v                                                                    <L 52>
        wp::array_store(var_grid_v, var_0, var_1, var_2, var_55);
    }
}



extern "C" __global__ void grid_update_2437dd29_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_grid_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv,
    wp::array_t<wp::int32> var_grid_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_delta_time,
    wp::int32 var_padding,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::array_t<wp::float32> adj_grid_m,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_mv,
    wp::array_t<wp::int32> adj_grid_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_delta_time,
    wp::int32 adj_padding,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_v)
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
        wp::int32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        bool var_19;
        const wp::float32 var_20 = 0.0;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 2;
        bool var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::shape_t* var_31;
        const wp::int32 var_32 = 0;
        wp::int32 var_33;
        wp::shape_t var_34;
        wp::shape_t* var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::shape_t var_38;
        wp::shape_t* var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        wp::shape_t var_42;
        bool var_43;
        bool var_44;
        bool var_45;
        bool var_46;
        wp::int32 var_47;
        bool var_48;
        wp::int32 var_49;
        bool var_50;
        wp::int32 var_51;
        bool var_52;
        const wp::float32 var_53 = 0.0;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::shape_t adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::shape_t adj_34 = {};
        wp::shape_t adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::shape_t adj_38 = {};
        wp::shape_t adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::shape_t adj_42 = {};
        bool adj_43 = {};
        bool adj_44 = {};
        bool adj_45 = {};
        bool adj_46 = {};
        wp::int32 adj_47 = {};
        bool adj_48 = {};
        wp::int32 adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        bool adj_52 = {};
        wp::float32 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        //---------
        // forward
        // def grid_update(                                                                       <L 21>
        // i, j, k = wp.tid()                                                                     <L 32>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_m[i, j, k]                                                                    <L 33>
        var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 34>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // grid_v[i, j, k] = wp.vec3(0.0)                                                     <L 35>
            var_9 = wp::vec_t<3, wp::float32>(var_8);
            // wp::array_store(var_grid_v, var_0, var_1, var_2, var_9);
            // return                                                                             <L 36>
            goto label0;
        }
        // v = grid_mv[i, j, k] / m + gravity * delta_time                                        <L 37>
        var_10 = wp::address(var_grid_mv, var_0, var_1, var_2);
        var_12 = wp::load(var_10);
        var_11 = wp::div(var_12, var_4);
        var_13 = wp::mul(var_gravity, var_delta_time);
        var_14 = wp::add(var_11, var_13);
        // cell = grid_flags[i, j, k]                                                             <L 38>
        var_15 = wp::address(var_grid_flags, var_0, var_1, var_2);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if cell == CellType.SOLID:                                                             <L 39>
        var_19 = (var_16 == var_18);
        if (var_19) {
            // v = wp.vec3(0.0)                                                                   <L 40>
            var_21 = wp::vec_t<3, wp::float32>(var_20);
        }
        if (!var_19) {
            // elif cell == CellType.SLIP:                                                        <L 41>
            var_23 = (var_16 == var_22);
            if (var_23) {
                // v = project_slip(v, normals[i, j, k])                                          <L 42>
                var_24 = wp::address(var_normals, var_0, var_1, var_2);
                var_26 = wp::load(var_24);
                var_25 = project_slip_0(var_14, var_26);
            }
            if (!var_23) {
                // elif cell != CellType.FREE:                                                    <L 43>
                var_28 = (var_16 != var_27);
                if (var_28) {
                    // return                                                                     <L 44>
                    goto label1;
                }
            }
            var_29 = wp::where(var_23, var_25, var_14);
        }
        var_30 = wp::where(var_19, var_21, var_29);
        // nx = grid_m.shape[0]                                                                   <L 47>
        var_31 = &(var_grid_m.shape);
        var_34 = wp::load(var_31);
        var_33 = wp::extract(var_34, var_32);
        // ny = grid_m.shape[1]                                                                   <L 48>
        var_35 = &(var_grid_m.shape);
        var_38 = wp::load(var_35);
        var_37 = wp::extract(var_38, var_36);
        // nz = grid_m.shape[2]                                                                   <L 49>
        var_39 = &(var_grid_m.shape);
        var_42 = wp::load(var_39);
        var_41 = wp::extract(var_42, var_40);
        // if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:       <L 50>
        var_44 = (var_0 < var_padding);
        var_43 = var_44;
        if (!var_43) {
            var_45 = (var_1 < var_padding);
            var_43 = var_43 || var_45;
        }
        if (!var_43) {
            var_46 = (var_2 < var_padding);
            var_43 = var_43 || var_46;
        }
        if (!var_43) {
            var_47 = wp::sub(var_33, var_padding);
            var_48 = (var_0 >= var_47);
            var_43 = var_43 || var_48;
        }
        if (!var_43) {
            var_49 = wp::sub(var_37, var_padding);
            var_50 = (var_1 >= var_49);
            var_43 = var_43 || var_50;
        }
        if (!var_43) {
            var_51 = wp::sub(var_41, var_padding);
            var_52 = (var_2 >= var_51);
            var_43 = var_43 || var_52;
        }
        if (var_43) {
            // v = wp.vec3(0.0)                                                                   <L 51>
            var_54 = wp::vec_t<3, wp::float32>(var_53);
        }
        var_55 = wp::where(var_43, var_54, var_30);
        // grid_v[i, j, k] = v                                                                    <L 52>
        // wp::array_store(var_grid_v, var_0, var_1, var_2, var_55);
        //---------
        // reverse
        wp::adj_array_store(var_grid_v, var_0, var_1, var_2, var_55, adj_grid_v, adj_0, adj_1, adj_2, adj_55);
        // adj: grid_v[i, j, k] = v                                                               <L 52>
        wp::adj_where(var_43, var_54, var_30, adj_43, adj_54, adj_30, adj_55);
        if (var_43) {
            wp::adj_vec_t(var_53, adj_53, adj_54);
            // adj: v = wp.vec3(0.0)                                                              <L 51>
        }
        if (!var_43) {
            wp::adj_sub(var_41, var_padding, adj_41, adj_padding, adj_51);
        }
        if (!var_43) {
            wp::adj_sub(var_37, var_padding, adj_37, adj_padding, adj_49);
        }
        if (!var_43) {
            wp::adj_sub(var_33, var_padding, adj_33, adj_padding, adj_47);
        }
        if (!var_43) {
        }
        if (!var_43) {
        }
        // adj: if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:  <L 50>
        adj_grid_m.shape = adj_39;
        // adj: nz = grid_m.shape[2]                                                              <L 49>
        adj_grid_m.shape = adj_35;
        // adj: ny = grid_m.shape[1]                                                              <L 48>
        adj_grid_m.shape = adj_31;
        // adj: nx = grid_m.shape[0]                                                              <L 47>
        wp::adj_where(var_19, var_21, var_29, adj_19, adj_21, adj_29, adj_30);
        if (!var_19) {
            wp::adj_where(var_23, var_25, var_14, adj_23, adj_25, adj_14, adj_29);
            if (!var_23) {
                if (var_28) {
                    label1:;
                    // adj: return                                                                <L 44>
                }
                // adj: elif cell != CellType.FREE:                                               <L 43>
            }
            if (var_23) {
                adj_project_slip_0(var_14, var_26, adj_14, adj_24, adj_25);
                wp::adj_address(var_normals, var_0, var_1, var_2, adj_normals, adj_0, adj_1, adj_2, adj_24);
                // adj: v = project_slip(v, normals[i, j, k])                                     <L 42>
            }
            // adj: elif cell == CellType.SLIP:                                                   <L 41>
        }
        if (var_19) {
            wp::adj_vec_t(var_20, adj_20, adj_21);
            // adj: v = wp.vec3(0.0)                                                              <L 40>
        }
        // adj: if cell == CellType.SOLID:                                                        <L 39>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_grid_flags, var_0, var_1, var_2, adj_grid_flags, adj_0, adj_1, adj_2, adj_15);
        // adj: cell = grid_flags[i, j, k]                                                        <L 38>
        wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_mul(var_gravity, var_delta_time, adj_gravity, adj_delta_time, adj_13);
        wp::adj_div(var_12, var_4, adj_10, adj_4, adj_11);
        wp::adj_address(var_grid_mv, var_0, var_1, var_2, adj_grid_mv, adj_0, adj_1, adj_2, adj_10);
        // adj: v = grid_mv[i, j, k] / m + gravity * delta_time                                   <L 37>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 36>
            wp::adj_array_store(var_grid_v, var_0, var_1, var_2, var_9, adj_grid_v, adj_0, adj_1, adj_2, adj_9);
            wp::adj_vec_t(var_8, adj_8, adj_9);
            // adj: grid_v[i, j, k] = wp.vec3(0.0)                                                <L 35>
        }
        // adj: if m <= 0.0:                                                                      <L 34>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_grid_m, var_0, var_1, var_2, adj_grid_m, adj_0, adj_1, adj_2, adj_3);
        // adj: m = grid_m[i, j, k]                                                               <L 33>
        // adj: i, j, k = wp.tid()                                                                <L 32>
        // adj: def grid_update(                                                                  <L 21>
        continue;
    }
}

