// Warp 1.19.0 cuda code for eval_tet_forces_e58131ea.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void eval_tet_forces_078efb5f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::float32> var_tet_mu,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_rest_shapes,
    wp::array_t<wp::float32> var_tet_volumes,
    wp::float32 var_lame_lambda,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        const wp::int32 var_8 = 1;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 2;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 2;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 1;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::mat_t<3, 3, wp::float32> var_36;
        wp::mat_t<3, 3, wp::float32>* var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 0;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        const wp::int32 var_54 = 1;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        const wp::int32 var_57 = 2;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 2;
        wp::float32 var_63;
        const wp::int32 var_64 = 1;
        const wp::int32 var_65 = 2;
        wp::float32 var_66;
        const wp::int32 var_67 = 2;
        const wp::int32 var_68 = 2;
        wp::float32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<4, wp::int32>* var_71;
        const wp::int32 var_72 = 0;
        wp::int32 var_73;
        wp::vec_t<4, wp::int32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<4, wp::int32>* var_78;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::vec_t<4, wp::int32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<4, wp::int32>* var_83;
        const wp::int32 var_84 = 2;
        wp::int32 var_85;
        wp::vec_t<4, wp::int32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<4, wp::int32>* var_88;
        const wp::int32 var_89 = 3;
        wp::int32 var_90;
        wp::vec_t<4, wp::int32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        //---------
        // forward
        // def eval_tet_forces(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // def_grad = deformation_gradients[tid]                                                  <L 15>
        var_1 = wp::address(var_deformation_gradients, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // mu_lame = tet_mu[tid]                                                                  <L 16>
        var_4 = wp::address(var_tet_mu, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // cols = wp.transpose(def_grad)                                                          <L 17>
        var_7 = wp::transpose(var_2);
        // djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))       <L 19>
        var_9 = wp::extract(var_7, var_8);
        var_11 = wp::extract(var_7, var_10);
        var_12 = wp::cross(var_9, var_11);
        var_14 = wp::extract(var_7, var_13);
        var_16 = wp::extract(var_7, var_15);
        var_17 = wp::cross(var_14, var_16);
        var_19 = wp::extract(var_7, var_18);
        var_21 = wp::extract(var_7, var_20);
        var_22 = wp::cross(var_19, var_21);
        var_23 = wp::matrix_from_cols<wp::float32>(var_12, var_17, var_22);
        // alpha = 1.0 + mu_lame / lame_lambda                                                    <L 20>
        var_25 = wp::div(var_5, var_lame_lambda);
        var_26 = wp::add(var_24, var_25);
        // P = mu_lame * def_grad + lame_lambda * (wp.determinant(def_grad) - alpha) * djdf       <L 21>
        var_27 = wp::mul(var_5, var_2);
        var_28 = wp::determinant(var_2);
        var_29 = wp::sub(var_28, var_26);
        var_30 = wp::mul(var_lame_lambda, var_29);
        var_31 = wp::mul(var_30, var_23);
        var_32 = wp::add(var_27, var_31);
        // H = -tet_volumes[tid] * P @ wp.transpose(inv_rest_shapes[tid])                         <L 22>
        var_33 = wp::address(var_tet_volumes, var_0);
        var_35 = wp::load(var_33);
        var_34 = wp::neg(var_35);
        var_36 = wp::mul(var_34, var_32);
        var_37 = wp::address(var_inv_rest_shapes, var_0);
        var_39 = wp::load(var_37);
        var_38 = wp::transpose(var_39);
        var_40 = wp::mul(var_36, var_38);
        // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 23>
        var_43 = wp::extract(var_40, var_41, var_42);
        var_46 = wp::extract(var_40, var_44, var_45);
        var_49 = wp::extract(var_40, var_47, var_48);
        var_50 = wp::vec_t<3, wp::float32>(var_43, var_46, var_49);
        // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 24>
        var_53 = wp::extract(var_40, var_51, var_52);
        var_56 = wp::extract(var_40, var_54, var_55);
        var_59 = wp::extract(var_40, var_57, var_58);
        var_60 = wp::vec_t<3, wp::float32>(var_53, var_56, var_59);
        // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 25>
        var_63 = wp::extract(var_40, var_61, var_62);
        var_66 = wp::extract(var_40, var_64, var_65);
        var_69 = wp::extract(var_40, var_67, var_68);
        var_70 = wp::vec_t<3, wp::float32>(var_63, var_66, var_69);
        // wp.atomic_sub(particle_f, tets[tid][0], f1 + f2 + f3)                                  <L 27>
        var_71 = wp::address(var_tets, var_0);
        var_74 = wp::load(var_71);
        var_73 = wp::extract(var_74, var_72);
        var_75 = wp::add(var_50, var_60);
        var_76 = wp::add(var_75, var_70);
        var_77 = wp::atomic_sub(var_particle_f, var_73, var_76);
        // wp.atomic_add(particle_f, tets[tid][1], f1)                                            <L 28>
        var_78 = wp::address(var_tets, var_0);
        var_81 = wp::load(var_78);
        var_80 = wp::extract(var_81, var_79);
        var_82 = wp::atomic_add(var_particle_f, var_80, var_50);
        // wp.atomic_add(particle_f, tets[tid][2], f2)                                            <L 29>
        var_83 = wp::address(var_tets, var_0);
        var_86 = wp::load(var_83);
        var_85 = wp::extract(var_86, var_84);
        var_87 = wp::atomic_add(var_particle_f, var_85, var_60);
        // wp.atomic_add(particle_f, tets[tid][3], f3)                                            <L 30>
        var_88 = wp::address(var_tets, var_0);
        var_91 = wp::load(var_88);
        var_90 = wp::extract(var_91, var_89);
        var_92 = wp::atomic_add(var_particle_f, var_90, var_70);
    }
}



extern "C" __global__ void eval_tet_forces_078efb5f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::float32> var_tet_mu,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_rest_shapes,
    wp::array_t<wp::float32> var_tet_volumes,
    wp::float32 var_lame_lambda,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients,
    wp::array_t<wp::float32> adj_tet_mu,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inv_rest_shapes,
    wp::array_t<wp::float32> adj_tet_volumes,
    wp::float32 adj_lame_lambda,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        const wp::int32 var_8 = 1;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 2;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::int32 var_13 = 2;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 1;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::mat_t<3, 3, wp::float32> var_36;
        wp::mat_t<3, 3, wp::float32>* var_37;
        wp::mat_t<3, 3, wp::float32> var_38;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 0;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 1;
        wp::float32 var_53;
        const wp::int32 var_54 = 1;
        const wp::int32 var_55 = 1;
        wp::float32 var_56;
        const wp::int32 var_57 = 2;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        const wp::int32 var_61 = 0;
        const wp::int32 var_62 = 2;
        wp::float32 var_63;
        const wp::int32 var_64 = 1;
        const wp::int32 var_65 = 2;
        wp::float32 var_66;
        const wp::int32 var_67 = 2;
        const wp::int32 var_68 = 2;
        wp::float32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<4, wp::int32>* var_71;
        const wp::int32 var_72 = 0;
        wp::int32 var_73;
        wp::vec_t<4, wp::int32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<4, wp::int32>* var_78;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::vec_t<4, wp::int32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::vec_t<4, wp::int32>* var_83;
        const wp::int32 var_84 = 2;
        wp::int32 var_85;
        wp::vec_t<4, wp::int32> var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<4, wp::int32>* var_88;
        const wp::int32 var_89 = 3;
        wp::int32 var_90;
        wp::vec_t<4, wp::int32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::mat_t<3, 3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::mat_t<3, 3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::mat_t<3, 3, wp::float32> adj_31 = {};
        wp::mat_t<3, 3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::mat_t<3, 3, wp::float32> adj_36 = {};
        wp::mat_t<3, 3, wp::float32> adj_37 = {};
        wp::mat_t<3, 3, wp::float32> adj_38 = {};
        wp::mat_t<3, 3, wp::float32> adj_39 = {};
        wp::mat_t<3, 3, wp::float32> adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::vec_t<4, wp::int32> adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::vec_t<4, wp::int32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::vec_t<3, wp::float32> adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::vec_t<4, wp::int32> adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::vec_t<4, wp::int32> adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::vec_t<4, wp::int32> adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::vec_t<4, wp::int32> adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::vec_t<4, wp::int32> adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::vec_t<4, wp::int32> adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        //---------
        // forward
        // def eval_tet_forces(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // def_grad = deformation_gradients[tid]                                                  <L 15>
        var_1 = wp::address(var_deformation_gradients, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // mu_lame = tet_mu[tid]                                                                  <L 16>
        var_4 = wp::address(var_tet_mu, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // cols = wp.transpose(def_grad)                                                          <L 17>
        var_7 = wp::transpose(var_2);
        // djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))       <L 19>
        var_9 = wp::extract(var_7, var_8);
        var_11 = wp::extract(var_7, var_10);
        var_12 = wp::cross(var_9, var_11);
        var_14 = wp::extract(var_7, var_13);
        var_16 = wp::extract(var_7, var_15);
        var_17 = wp::cross(var_14, var_16);
        var_19 = wp::extract(var_7, var_18);
        var_21 = wp::extract(var_7, var_20);
        var_22 = wp::cross(var_19, var_21);
        var_23 = wp::matrix_from_cols<wp::float32>(var_12, var_17, var_22);
        // alpha = 1.0 + mu_lame / lame_lambda                                                    <L 20>
        var_25 = wp::div(var_5, var_lame_lambda);
        var_26 = wp::add(var_24, var_25);
        // P = mu_lame * def_grad + lame_lambda * (wp.determinant(def_grad) - alpha) * djdf       <L 21>
        var_27 = wp::mul(var_5, var_2);
        var_28 = wp::determinant(var_2);
        var_29 = wp::sub(var_28, var_26);
        var_30 = wp::mul(var_lame_lambda, var_29);
        var_31 = wp::mul(var_30, var_23);
        var_32 = wp::add(var_27, var_31);
        // H = -tet_volumes[tid] * P @ wp.transpose(inv_rest_shapes[tid])                         <L 22>
        var_33 = wp::address(var_tet_volumes, var_0);
        var_35 = wp::load(var_33);
        var_34 = wp::neg(var_35);
        var_36 = wp::mul(var_34, var_32);
        var_37 = wp::address(var_inv_rest_shapes, var_0);
        var_39 = wp::load(var_37);
        var_38 = wp::transpose(var_39);
        var_40 = wp::mul(var_36, var_38);
        // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 23>
        var_43 = wp::extract(var_40, var_41, var_42);
        var_46 = wp::extract(var_40, var_44, var_45);
        var_49 = wp::extract(var_40, var_47, var_48);
        var_50 = wp::vec_t<3, wp::float32>(var_43, var_46, var_49);
        // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 24>
        var_53 = wp::extract(var_40, var_51, var_52);
        var_56 = wp::extract(var_40, var_54, var_55);
        var_59 = wp::extract(var_40, var_57, var_58);
        var_60 = wp::vec_t<3, wp::float32>(var_53, var_56, var_59);
        // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 25>
        var_63 = wp::extract(var_40, var_61, var_62);
        var_66 = wp::extract(var_40, var_64, var_65);
        var_69 = wp::extract(var_40, var_67, var_68);
        var_70 = wp::vec_t<3, wp::float32>(var_63, var_66, var_69);
        // wp.atomic_sub(particle_f, tets[tid][0], f1 + f2 + f3)                                  <L 27>
        var_71 = wp::address(var_tets, var_0);
        var_74 = wp::load(var_71);
        var_73 = wp::extract(var_74, var_72);
        var_75 = wp::add(var_50, var_60);
        var_76 = wp::add(var_75, var_70);
        // var_77 = wp::atomic_sub(var_particle_f, var_73, var_76);
        // wp.atomic_add(particle_f, tets[tid][1], f1)                                            <L 28>
        var_78 = wp::address(var_tets, var_0);
        var_81 = wp::load(var_78);
        var_80 = wp::extract(var_81, var_79);
        // var_82 = wp::atomic_add(var_particle_f, var_80, var_50);
        // wp.atomic_add(particle_f, tets[tid][2], f2)                                            <L 29>
        var_83 = wp::address(var_tets, var_0);
        var_86 = wp::load(var_83);
        var_85 = wp::extract(var_86, var_84);
        // var_87 = wp::atomic_add(var_particle_f, var_85, var_60);
        // wp.atomic_add(particle_f, tets[tid][3], f3)                                            <L 30>
        var_88 = wp::address(var_tets, var_0);
        var_91 = wp::load(var_88);
        var_90 = wp::extract(var_91, var_89);
        // var_92 = wp::atomic_add(var_particle_f, var_90, var_70);
        //---------
        // reverse
        wp::adj_atomic_add(var_particle_f, var_90, var_70, adj_particle_f, adj_90, adj_70, adj_92);
        wp::adj_extract(var_91, var_89, adj_88, adj_89, adj_90);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_88);
        // adj: wp.atomic_add(particle_f, tets[tid][3], f3)                                       <L 30>
        wp::adj_atomic_add(var_particle_f, var_85, var_60, adj_particle_f, adj_85, adj_60, adj_87);
        wp::adj_extract(var_86, var_84, adj_83, adj_84, adj_85);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_83);
        // adj: wp.atomic_add(particle_f, tets[tid][2], f2)                                       <L 29>
        wp::adj_atomic_add(var_particle_f, var_80, var_50, adj_particle_f, adj_80, adj_50, adj_82);
        wp::adj_extract(var_81, var_79, adj_78, adj_79, adj_80);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_78);
        // adj: wp.atomic_add(particle_f, tets[tid][1], f1)                                       <L 28>
        wp::adj_atomic_sub(var_particle_f, var_73, var_76, adj_particle_f, adj_73, adj_76, adj_77);
        wp::adj_add(var_75, var_70, adj_75, adj_70, adj_76);
        wp::adj_add(var_50, var_60, adj_50, adj_60, adj_75);
        wp::adj_extract(var_74, var_72, adj_71, adj_72, adj_73);
        wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_71);
        // adj: wp.atomic_sub(particle_f, tets[tid][0], f1 + f2 + f3)                             <L 27>
        wp::adj_vec_t(var_63, var_66, var_69, adj_63, adj_66, adj_69, adj_70);
        wp::adj_extract(var_40, var_67, var_68, adj_40, adj_67, adj_68, adj_69);
        wp::adj_extract(var_40, var_64, var_65, adj_40, adj_64, adj_65, adj_66);
        wp::adj_extract(var_40, var_61, var_62, adj_40, adj_61, adj_62, adj_63);
        // adj: f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                           <L 25>
        wp::adj_vec_t(var_53, var_56, var_59, adj_53, adj_56, adj_59, adj_60);
        wp::adj_extract(var_40, var_57, var_58, adj_40, adj_57, adj_58, adj_59);
        wp::adj_extract(var_40, var_54, var_55, adj_40, adj_54, adj_55, adj_56);
        wp::adj_extract(var_40, var_51, var_52, adj_40, adj_51, adj_52, adj_53);
        // adj: f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                           <L 24>
        wp::adj_vec_t(var_43, var_46, var_49, adj_43, adj_46, adj_49, adj_50);
        wp::adj_extract(var_40, var_47, var_48, adj_40, adj_47, adj_48, adj_49);
        wp::adj_extract(var_40, var_44, var_45, adj_40, adj_44, adj_45, adj_46);
        wp::adj_extract(var_40, var_41, var_42, adj_40, adj_41, adj_42, adj_43);
        // adj: f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                           <L 23>
        wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_40);
        wp::adj_transpose(var_39, adj_37, adj_38);
        wp::adj_address(var_inv_rest_shapes, var_0, adj_inv_rest_shapes, adj_0, adj_37);
        wp::adj_mul(var_34, var_32, adj_34, adj_32, adj_36);
        wp::adj_neg(var_35, adj_33, adj_34);
        wp::adj_address(var_tet_volumes, var_0, adj_tet_volumes, adj_0, adj_33);
        // adj: H = -tet_volumes[tid] * P @ wp.transpose(inv_rest_shapes[tid])                    <L 22>
        wp::adj_add(var_27, var_31, adj_27, adj_31, adj_32);
        wp::adj_mul(var_30, var_23, adj_30, adj_23, adj_31);
        wp::adj_mul(var_lame_lambda, var_29, adj_lame_lambda, adj_29, adj_30);
        wp::adj_sub(var_28, var_26, adj_28, adj_26, adj_29);
        wp::adj_determinant(var_2, adj_2, adj_28);
        wp::adj_mul(var_5, var_2, adj_5, adj_2, adj_27);
        // adj: P = mu_lame * def_grad + lame_lambda * (wp.determinant(def_grad) - alpha) * djdf  <L 21>
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_div(var_5, var_lame_lambda, var_25, adj_5, adj_lame_lambda, adj_25);
        // adj: alpha = 1.0 + mu_lame / lame_lambda                                               <L 20>
        wp::adj_matrix_from_cols(var_12, var_17, var_22, adj_12, adj_17, adj_22, adj_23);
        wp::adj_cross(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_extract(var_7, var_20, adj_7, adj_20, adj_21);
        wp::adj_extract(var_7, var_18, adj_7, adj_18, adj_19);
        wp::adj_cross(var_14, var_16, adj_14, adj_16, adj_17);
        wp::adj_extract(var_7, var_15, adj_7, adj_15, adj_16);
        wp::adj_extract(var_7, var_13, adj_7, adj_13, adj_14);
        wp::adj_cross(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_extract(var_7, var_10, adj_7, adj_10, adj_11);
        wp::adj_extract(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))  <L 19>
        wp::adj_transpose(var_2, adj_2, adj_7);
        // adj: cols = wp.transpose(def_grad)                                                     <L 17>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_tet_mu, var_0, adj_tet_mu, adj_0, adj_4);
        // adj: mu_lame = tet_mu[tid]                                                             <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_1);
        // adj: def_grad = deformation_gradients[tid]                                             <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def eval_tet_forces(                                                              <L 5>
        continue;
    }
}

