// Warp 1.19.0 cuda code for grid_update_d7cdbb96.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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



extern "C" __global__ void grid_update_076fba0e_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_grid_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv,
    wp::array_t<wp::int32> var_grid_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::float32 var_time_step,
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
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        const wp::float32 var_12 = -9.81;
        const wp::float32 var_13 = 0.0;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        bool var_21;
        const wp::float32 var_22 = 0.0;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = 2;
        bool var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 0;
        wp::int32 var_35;
        wp::shape_t var_36;
        wp::shape_t* var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::shape_t var_40;
        wp::shape_t* var_41;
        const wp::int32 var_42 = 2;
        wp::int32 var_43;
        wp::shape_t var_44;
        bool var_45;
        bool var_46;
        bool var_47;
        bool var_48;
        wp::int32 var_49;
        bool var_50;
        wp::int32 var_51;
        bool var_52;
        wp::int32 var_53;
        bool var_54;
        const wp::float32 var_55 = 0.0;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        //---------
        // forward
        // def grid_update(                                                                       <L 21>
        // i, j, k = wp.tid()                                                                     <L 30>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_m[i, j, k]                                                                    <L 31>
        var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 32>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // return                                                                             <L 33>
            continue;
        }
        // v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * time_step                        <L 34>
        var_8 = wp::address(var_grid_mv, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::div(var_10, var_4);
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        var_15 = wp::mul(var_14, var_time_step);
        var_16 = wp::add(var_9, var_15);
        // cell = grid_flags[i, j, k]                                                             <L 35>
        var_17 = wp::address(var_grid_flags, var_0, var_1, var_2);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // if cell == CellType.SOLID:                                                             <L 36>
        var_21 = (var_18 == var_20);
        if (var_21) {
            // v = wp.vec3(0.0)                                                                   <L 37>
            var_23 = wp::vec_t<3, wp::float32>(var_22);
        }
        if (!var_21) {
            // elif cell == CellType.SLIP:                                                        <L 38>
            var_25 = (var_18 == var_24);
            if (var_25) {
                // v = project_slip(v, normals[i, j, k])                                          <L 39>
                var_26 = wp::address(var_normals, var_0, var_1, var_2);
                var_28 = wp::load(var_26);
                var_27 = project_slip_0(var_16, var_28);
            }
            if (!var_25) {
                // elif cell != CellType.FREE:                                                    <L 40>
                var_30 = (var_18 != var_29);
                if (var_30) {
                    // return                                                                     <L 41>
                    continue;
                }
            }
            var_31 = wp::where(var_25, var_27, var_16);
        }
        var_32 = wp::where(var_21, var_23, var_31);
        // nx = grid_m.shape[0]                                                                   <L 42>
        var_33 = &(var_grid_m.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        // ny = grid_m.shape[1]                                                                   <L 43>
        var_37 = &(var_grid_m.shape);
        var_40 = wp::load(var_37);
        var_39 = wp::extract(var_40, var_38);
        // nz = grid_m.shape[2]                                                                   <L 44>
        var_41 = &(var_grid_m.shape);
        var_44 = wp::load(var_41);
        var_43 = wp::extract(var_44, var_42);
        // if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:       <L 45>
        var_46 = (var_0 < var_padding);
        var_45 = var_46;
        if (!var_45) {
            var_47 = (var_1 < var_padding);
            var_45 = var_45 || var_47;
        }
        if (!var_45) {
            var_48 = (var_2 < var_padding);
            var_45 = var_45 || var_48;
        }
        if (!var_45) {
            var_49 = wp::sub(var_35, var_padding);
            var_50 = (var_0 >= var_49);
            var_45 = var_45 || var_50;
        }
        if (!var_45) {
            var_51 = wp::sub(var_39, var_padding);
            var_52 = (var_1 >= var_51);
            var_45 = var_45 || var_52;
        }
        if (!var_45) {
            var_53 = wp::sub(var_43, var_padding);
            var_54 = (var_2 >= var_53);
            var_45 = var_45 || var_54;
        }
        if (var_45) {
            // v = wp.vec3(0.0)                                                                   <L 46>
            var_56 = wp::vec_t<3, wp::float32>(var_55);
        }
        var_57 = wp::where(var_45, var_56, var_32);
        // grid_v[i, j, k] = v                                                                    <L 47>
        wp::array_store(var_grid_v, var_0, var_1, var_2, var_57);
    }
}



extern "C" __global__ void grid_update_076fba0e_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_grid_m,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv,
    wp::array_t<wp::int32> var_grid_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::float32 var_time_step,
    wp::int32 var_padding,
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v,
    wp::array_t<wp::float32> adj_grid_m,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_mv,
    wp::array_t<wp::int32> adj_grid_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::float32 adj_time_step,
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
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        const wp::float32 var_12 = -9.81;
        const wp::float32 var_13 = 0.0;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        bool var_21;
        const wp::float32 var_22 = 0.0;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = 2;
        bool var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::shape_t* var_33;
        const wp::int32 var_34 = 0;
        wp::int32 var_35;
        wp::shape_t var_36;
        wp::shape_t* var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::shape_t var_40;
        wp::shape_t* var_41;
        const wp::int32 var_42 = 2;
        wp::int32 var_43;
        wp::shape_t var_44;
        bool var_45;
        bool var_46;
        bool var_47;
        bool var_48;
        wp::int32 var_49;
        bool var_50;
        wp::int32 var_51;
        bool var_52;
        wp::int32 var_53;
        bool var_54;
        const wp::float32 var_55 = 0.0;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
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
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::shape_t adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::shape_t adj_36 = {};
        wp::shape_t adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::shape_t adj_40 = {};
        wp::shape_t adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::shape_t adj_44 = {};
        bool adj_45 = {};
        bool adj_46 = {};
        bool adj_47 = {};
        bool adj_48 = {};
        wp::int32 adj_49 = {};
        bool adj_50 = {};
        wp::int32 adj_51 = {};
        bool adj_52 = {};
        wp::int32 adj_53 = {};
        bool adj_54 = {};
        wp::float32 adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        //---------
        // forward
        // def grid_update(                                                                       <L 21>
        // i, j, k = wp.tid()                                                                     <L 30>
        builtin_tid3d(var_0, var_1, var_2);
        // m = grid_m[i, j, k]                                                                    <L 31>
        var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if m <= 0.0:                                                                           <L 32>
        var_7 = (var_4 <= var_6);
        if (var_7) {
            // return                                                                             <L 33>
            goto label0;
        }
        // v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * time_step                        <L 34>
        var_8 = wp::address(var_grid_mv, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::div(var_10, var_4);
        var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
        var_15 = wp::mul(var_14, var_time_step);
        var_16 = wp::add(var_9, var_15);
        // cell = grid_flags[i, j, k]                                                             <L 35>
        var_17 = wp::address(var_grid_flags, var_0, var_1, var_2);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // if cell == CellType.SOLID:                                                             <L 36>
        var_21 = (var_18 == var_20);
        if (var_21) {
            // v = wp.vec3(0.0)                                                                   <L 37>
            var_23 = wp::vec_t<3, wp::float32>(var_22);
        }
        if (!var_21) {
            // elif cell == CellType.SLIP:                                                        <L 38>
            var_25 = (var_18 == var_24);
            if (var_25) {
                // v = project_slip(v, normals[i, j, k])                                          <L 39>
                var_26 = wp::address(var_normals, var_0, var_1, var_2);
                var_28 = wp::load(var_26);
                var_27 = project_slip_0(var_16, var_28);
            }
            if (!var_25) {
                // elif cell != CellType.FREE:                                                    <L 40>
                var_30 = (var_18 != var_29);
                if (var_30) {
                    // return                                                                     <L 41>
                    goto label1;
                }
            }
            var_31 = wp::where(var_25, var_27, var_16);
        }
        var_32 = wp::where(var_21, var_23, var_31);
        // nx = grid_m.shape[0]                                                                   <L 42>
        var_33 = &(var_grid_m.shape);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        // ny = grid_m.shape[1]                                                                   <L 43>
        var_37 = &(var_grid_m.shape);
        var_40 = wp::load(var_37);
        var_39 = wp::extract(var_40, var_38);
        // nz = grid_m.shape[2]                                                                   <L 44>
        var_41 = &(var_grid_m.shape);
        var_44 = wp::load(var_41);
        var_43 = wp::extract(var_44, var_42);
        // if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:       <L 45>
        var_46 = (var_0 < var_padding);
        var_45 = var_46;
        if (!var_45) {
            var_47 = (var_1 < var_padding);
            var_45 = var_45 || var_47;
        }
        if (!var_45) {
            var_48 = (var_2 < var_padding);
            var_45 = var_45 || var_48;
        }
        if (!var_45) {
            var_49 = wp::sub(var_35, var_padding);
            var_50 = (var_0 >= var_49);
            var_45 = var_45 || var_50;
        }
        if (!var_45) {
            var_51 = wp::sub(var_39, var_padding);
            var_52 = (var_1 >= var_51);
            var_45 = var_45 || var_52;
        }
        if (!var_45) {
            var_53 = wp::sub(var_43, var_padding);
            var_54 = (var_2 >= var_53);
            var_45 = var_45 || var_54;
        }
        if (var_45) {
            // v = wp.vec3(0.0)                                                                   <L 46>
            var_56 = wp::vec_t<3, wp::float32>(var_55);
        }
        var_57 = wp::where(var_45, var_56, var_32);
        // grid_v[i, j, k] = v                                                                    <L 47>
        // wp::array_store(var_grid_v, var_0, var_1, var_2, var_57);
        //---------
        // reverse
        wp::adj_array_store(var_grid_v, var_0, var_1, var_2, var_57, adj_grid_v, adj_0, adj_1, adj_2, adj_57);
        // adj: grid_v[i, j, k] = v                                                               <L 47>
        wp::adj_where(var_45, var_56, var_32, adj_45, adj_56, adj_32, adj_57);
        if (var_45) {
            wp::adj_vec_t(var_55, adj_55, adj_56);
            // adj: v = wp.vec3(0.0)                                                              <L 46>
        }
        if (!var_45) {
            wp::adj_sub(var_43, var_padding, adj_43, adj_padding, adj_53);
        }
        if (!var_45) {
            wp::adj_sub(var_39, var_padding, adj_39, adj_padding, adj_51);
        }
        if (!var_45) {
            wp::adj_sub(var_35, var_padding, adj_35, adj_padding, adj_49);
        }
        if (!var_45) {
        }
        if (!var_45) {
        }
        // adj: if i < padding or j < padding or k < padding or i >= nx - padding or j >= ny - padding or k >= nz - padding:  <L 45>
        adj_grid_m.shape = adj_41;
        // adj: nz = grid_m.shape[2]                                                              <L 44>
        adj_grid_m.shape = adj_37;
        // adj: ny = grid_m.shape[1]                                                              <L 43>
        adj_grid_m.shape = adj_33;
        // adj: nx = grid_m.shape[0]                                                              <L 42>
        wp::adj_where(var_21, var_23, var_31, adj_21, adj_23, adj_31, adj_32);
        if (!var_21) {
            wp::adj_where(var_25, var_27, var_16, adj_25, adj_27, adj_16, adj_31);
            if (!var_25) {
                if (var_30) {
                    label1:;
                    // adj: return                                                                <L 41>
                }
                // adj: elif cell != CellType.FREE:                                               <L 40>
            }
            if (var_25) {
                adj_project_slip_0(var_16, var_28, adj_16, adj_26, adj_27);
                wp::adj_address(var_normals, var_0, var_1, var_2, adj_normals, adj_0, adj_1, adj_2, adj_26);
                // adj: v = project_slip(v, normals[i, j, k])                                     <L 39>
            }
            // adj: elif cell == CellType.SLIP:                                                   <L 38>
        }
        if (var_21) {
            wp::adj_vec_t(var_22, adj_22, adj_23);
            // adj: v = wp.vec3(0.0)                                                              <L 37>
        }
        // adj: if cell == CellType.SOLID:                                                        <L 36>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_grid_flags, var_0, var_1, var_2, adj_grid_flags, adj_0, adj_1, adj_2, adj_17);
        // adj: cell = grid_flags[i, j, k]                                                        <L 35>
        wp::adj_add(var_9, var_15, adj_9, adj_15, adj_16);
        wp::adj_mul(var_14, var_time_step, adj_14, adj_time_step, adj_15);
        wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
        wp::adj_div(var_10, var_4, adj_8, adj_4, adj_9);
        wp::adj_address(var_grid_mv, var_0, var_1, var_2, adj_grid_mv, adj_0, adj_1, adj_2, adj_8);
        // adj: v = grid_mv[i, j, k] / m + wp.vec3(0.0, -9.81, 0.0) * time_step                   <L 34>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 33>
        }
        // adj: if m <= 0.0:                                                                      <L 32>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_grid_m, var_0, var_1, var_2, adj_grid_m, adj_0, adj_1, adj_2, adj_3);
        // adj: m = grid_m[i, j, k]                                                               <L 31>
        // adj: i, j, k = wp.tid()                                                                <L 30>
        // adj: def grid_update(                                                                  <L 21>
        continue;
    }
}

